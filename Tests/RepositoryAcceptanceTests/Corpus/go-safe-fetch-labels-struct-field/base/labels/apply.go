package labels

type Issue struct {
	Kind   string
	Labels []string
}

func Apply(r *Registry, issues []*Issue) {}
