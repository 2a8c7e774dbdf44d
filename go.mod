module github.com/taipan-py/taipan

go 1.26.8
