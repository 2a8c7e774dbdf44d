// Package all links every native module into a program: importing it for
// its side effects registers them with the builtins package, so that
// `import math` and the like work. cmd/taipan and the test harnesses
// import it; an embedding program may import just the modules it wants.
package all

import (
	_ "github.com/taipan-py/taipan/modules/arraymod"
	_ "github.com/taipan-py/taipan/modules/astmod"
	_ "github.com/taipan-py/taipan/modules/binasciimod"
	_ "github.com/taipan-py/taipan/modules/bisectmod"
	_ "github.com/taipan-py/taipan/modules/collectionsmod"
	_ "github.com/taipan-py/taipan/modules/codecsmod"
	_ "github.com/taipan-py/taipan/modules/errnomod"
	_ "github.com/taipan-py/taipan/modules/functoolsmod"
	_ "github.com/taipan-py/taipan/modules/gcmod"
	_ "github.com/taipan-py/taipan/modules/hashlibmod"
	_ "github.com/taipan-py/taipan/modules/heapqmod"
	_ "github.com/taipan-py/taipan/modules/impmod"
	_ "github.com/taipan-py/taipan/modules/iomod"
	_ "github.com/taipan-py/taipan/modules/itertoolsmod"
	_ "github.com/taipan-py/taipan/modules/jsonmod"
	_ "github.com/taipan-py/taipan/modules/localemod"
	_ "github.com/taipan-py/taipan/modules/marshalmod"
	_ "github.com/taipan-py/taipan/modules/mathmod"
	_ "github.com/taipan-py/taipan/modules/operatormod"
	_ "github.com/taipan-py/taipan/modules/posixmod"
	_ "github.com/taipan-py/taipan/modules/posixsubprocessmod"
	_ "github.com/taipan-py/taipan/modules/randommod"
	_ "github.com/taipan-py/taipan/modules/remod"
	_ "github.com/taipan-py/taipan/modules/selectmod"
	_ "github.com/taipan-py/taipan/modules/signalmod"
	_ "github.com/taipan-py/taipan/modules/socketmod"
	_ "github.com/taipan-py/taipan/modules/stringmod"
	_ "github.com/taipan-py/taipan/modules/structmod"
	_ "github.com/taipan-py/taipan/modules/symtablemod"
	_ "github.com/taipan-py/taipan/modules/testcapimod"
	_ "github.com/taipan-py/taipan/modules/threadmod"
	_ "github.com/taipan-py/taipan/modules/timemod"
	_ "github.com/taipan-py/taipan/modules/warningsmod"
	_ "github.com/taipan-py/taipan/modules/weakrefmod"
	_ "github.com/taipan-py/taipan/modules/zipimportmod"
	_ "github.com/taipan-py/taipan/modules/zlibmod"
)
