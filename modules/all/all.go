// Package all links every native module into a program: importing it for
// its side effects registers them with the builtins package, so that
// `import math` and the like work. cmd/taipan and the test harnesses
// import it; an embedding program may import just the modules it wants.
package all

import (
	_ "github.com/taipan-py/taipan/modules/mathmod"
)
