module example.com/builds

go 1.22
