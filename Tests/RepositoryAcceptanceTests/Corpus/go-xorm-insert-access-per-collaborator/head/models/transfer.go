package models

type Collaborator struct {
	UserID int64
	Mode   int
}

// GrantCollaborators gives every collaborator access to the repository.
func GrantCollaborators(repoID int64, collaborators []Collaborator) error {
	for _, c := range collaborators {
		if err := addAccess(repoID, c.UserID, c.Mode); err != nil {
			return err
		}
	}
	return nil
}
