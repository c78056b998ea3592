module example.com/gitsvc

go 1.22
