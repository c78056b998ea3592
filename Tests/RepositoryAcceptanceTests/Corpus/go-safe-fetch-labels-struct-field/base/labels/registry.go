package labels

type Registry struct {
	byKind map[string][]string
}

func NewRegistry() *Registry {
	return &Registry{byKind: map[string][]string{
		"bug":     {"triage"},
		"feature": {"proposal", "needs-design"},
	}}
}

func (r *Registry) FetchLabels(kind string) []string {
	return r.byKind[kind]
}
