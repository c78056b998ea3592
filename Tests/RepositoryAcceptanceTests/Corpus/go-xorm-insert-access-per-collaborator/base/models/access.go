package models

type Access struct {
	ID     int64
	UserID int64
	RepoID int64
	Mode   int
}

func addAccess(repoID, userID int64, mode int) error {
	_, err := x.Insert(&Access{RepoID: repoID, UserID: userID, Mode: mode})
	return err
}
