package models

type Collaborator struct {
	UserID int64
	Mode   int
}

// GrantCollaborators gives every collaborator access to the repository.
func GrantCollaborators(repoID int64, collaborators []Collaborator) error {
	return nil
}
