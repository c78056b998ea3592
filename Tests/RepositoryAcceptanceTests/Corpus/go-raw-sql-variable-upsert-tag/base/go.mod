module example.com/memos

go 1.22
