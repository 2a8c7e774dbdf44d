package posixmod

// intConstants are the module's integer constants, with Linux's values.
var intConstants = []struct {
	name  string
	value int64
}{
	{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
	{"NGROUPS_MAX", 65536}, {"TMP_MAX", 238328},
	{"WCONTINUED", 8}, {"WNOHANG", 1}, {"WUNTRACED", 2},
	{"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_APPEND", 0o2000},
	{"O_ASYNC", 0o20000}, {"O_CREAT", 0o100}, {"O_DIRECT", 0o40000}, {"O_DIRECTORY", 0o200000},
	{"O_DSYNC", 0o10000}, {"O_EXCL", 0o200}, {"O_LARGEFILE", 0}, {"O_NDELAY", 0o4000},
	{"O_NOATIME", 0o1000000}, {"O_NOCTTY", 0o400}, {"O_NOFOLLOW", 0o400000},
	{"O_NONBLOCK", 0o4000}, {"O_RSYNC", 0o4010000}, {"O_SYNC", 0o4010000}, {"O_TRUNC", 0o1000},
	{"ST_RDONLY", 1}, {"ST_NOSUID", 2},
	{"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
	{"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71},
	{"EX_OSFILE", 72}, {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75},
	{"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
}
