package artifacts

type File struct {
	Name string
	Data []byte
}

func Collect(files []File) int {
	return len(files)
}
