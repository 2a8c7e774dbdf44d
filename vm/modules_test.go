package vm

// The native modules, for benchmark scripts that import them.
import _ "github.com/taipan-py/taipan/modules/all"
