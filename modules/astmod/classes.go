package astmod

// The node classes of 3.2's _ast module, in the order 3.2's init_types
// makes them. An abstract class (mod, stmt, expr, ...) has _attributes of
// its own; a concrete one inherits them and has its _fields.

type classID int

const (
	cMod classID = iota
	cModule
	cInteractive
	cExpression
	cSuite
	cStmt
	cFunctionDef
	cClassDef
	cReturn
	cDelete
	cAssign
	cAugAssign
	cFor
	cWhile
	cIf
	cWith
	cRaise
	cTryExcept
	cTryFinally
	cAssert
	cImport
	cImportFrom
	cGlobal
	cNonlocal
	cExpr
	cPass
	cBreak
	cContinue
	cExprBase // "expr"
	cBoolOp
	cBinOp
	cUnaryOp
	cLambda
	cIfExp
	cDict
	cSet
	cListComp
	cSetComp
	cDictComp
	cGeneratorExp
	cYield
	cCompare
	cCall
	cNum
	cStr
	cBytes
	cEllipsis
	cAttribute
	cSubscript
	cStarred
	cName
	cList
	cTuple
	cExprContext
	cLoad
	cStore
	cDel
	cAugLoad
	cAugStore
	cParam
	cSlice // "slice"
	cSliceNode
	cExtSlice
	cIndex
	cBoolop
	cAnd
	cOr
	cOperator
	cAdd
	cSub
	cMult
	cDiv
	cMod_ // the operator Mod
	cPow
	cLShift
	cRShift
	cBitOr
	cBitXor
	cBitAnd
	cFloorDiv
	cUnaryop
	cInvert
	cNot
	cUAdd
	cUSub
	cCmpop
	cEq
	cNotEq
	cLt
	cLtE
	cGt
	cGtE
	cIs
	cIsNot
	cIn
	cNotIn
	cComprehension
	cExcepthandler
	cExceptHandler
	cArguments
	cArg
	cKeyword
	cAlias
	numClasses
)

const cAST classID = -1

// classDef describes one node class: its name, its base, its _fields,
// and (for an abstract class) its _attributes.
type classDef struct {
	name     string
	base     classID
	fields   []string
	attrs    []string
	abstract bool
}

var loc = []string{"lineno", "col_offset"}

func abstract(name string, attrs []string) classDef {
	return classDef{name: name, base: cAST, attrs: attrs, abstract: true}
}

var classDefs = [numClasses]classDef{
	cMod:         abstract("mod", nil),
	cModule:      {name: "Module", base: cMod, fields: []string{"body"}},
	cInteractive: {name: "Interactive", base: cMod, fields: []string{"body"}},
	cExpression:  {name: "Expression", base: cMod, fields: []string{"body"}},
	cSuite:       {name: "Suite", base: cMod, fields: []string{"body"}},

	cStmt:        abstract("stmt", loc),
	cFunctionDef: {name: "FunctionDef", base: cStmt, fields: []string{"name", "args", "body", "decorator_list", "returns"}},
	cClassDef:    {name: "ClassDef", base: cStmt, fields: []string{"name", "bases", "keywords", "starargs", "kwargs", "body", "decorator_list"}},
	cReturn:      {name: "Return", base: cStmt, fields: []string{"value"}},
	cDelete:      {name: "Delete", base: cStmt, fields: []string{"targets"}},
	cAssign:      {name: "Assign", base: cStmt, fields: []string{"targets", "value"}},
	cAugAssign:   {name: "AugAssign", base: cStmt, fields: []string{"target", "op", "value"}},
	cFor:         {name: "For", base: cStmt, fields: []string{"target", "iter", "body", "orelse"}},
	cWhile:       {name: "While", base: cStmt, fields: []string{"test", "body", "orelse"}},
	cIf:          {name: "If", base: cStmt, fields: []string{"test", "body", "orelse"}},
	cWith:        {name: "With", base: cStmt, fields: []string{"context_expr", "optional_vars", "body"}},
	cRaise:       {name: "Raise", base: cStmt, fields: []string{"exc", "cause"}},
	cTryExcept:   {name: "TryExcept", base: cStmt, fields: []string{"body", "handlers", "orelse"}},
	cTryFinally:  {name: "TryFinally", base: cStmt, fields: []string{"body", "finalbody"}},
	cAssert:      {name: "Assert", base: cStmt, fields: []string{"test", "msg"}},
	cImport:      {name: "Import", base: cStmt, fields: []string{"names"}},
	cImportFrom:  {name: "ImportFrom", base: cStmt, fields: []string{"module", "names", "level"}},
	cGlobal:      {name: "Global", base: cStmt, fields: []string{"names"}},
	cNonlocal:    {name: "Nonlocal", base: cStmt, fields: []string{"names"}},
	cExpr:        {name: "Expr", base: cStmt, fields: []string{"value"}},
	cPass:        {name: "Pass", base: cStmt},
	cBreak:       {name: "Break", base: cStmt},
	cContinue:    {name: "Continue", base: cStmt},

	cExprBase:     abstract("expr", loc),
	cBoolOp:       {name: "BoolOp", base: cExprBase, fields: []string{"op", "values"}},
	cBinOp:        {name: "BinOp", base: cExprBase, fields: []string{"left", "op", "right"}},
	cUnaryOp:      {name: "UnaryOp", base: cExprBase, fields: []string{"op", "operand"}},
	cLambda:       {name: "Lambda", base: cExprBase, fields: []string{"args", "body"}},
	cIfExp:        {name: "IfExp", base: cExprBase, fields: []string{"test", "body", "orelse"}},
	cDict:         {name: "Dict", base: cExprBase, fields: []string{"keys", "values"}},
	cSet:          {name: "Set", base: cExprBase, fields: []string{"elts"}},
	cListComp:     {name: "ListComp", base: cExprBase, fields: []string{"elt", "generators"}},
	cSetComp:      {name: "SetComp", base: cExprBase, fields: []string{"elt", "generators"}},
	cDictComp:     {name: "DictComp", base: cExprBase, fields: []string{"key", "value", "generators"}},
	cGeneratorExp: {name: "GeneratorExp", base: cExprBase, fields: []string{"elt", "generators"}},
	cYield:        {name: "Yield", base: cExprBase, fields: []string{"value"}},
	cCompare:      {name: "Compare", base: cExprBase, fields: []string{"left", "ops", "comparators"}},
	cCall:         {name: "Call", base: cExprBase, fields: []string{"func", "args", "keywords", "starargs", "kwargs"}},
	cNum:          {name: "Num", base: cExprBase, fields: []string{"n"}},
	cStr:          {name: "Str", base: cExprBase, fields: []string{"s"}},
	cBytes:        {name: "Bytes", base: cExprBase, fields: []string{"s"}},
	cEllipsis:     {name: "Ellipsis", base: cExprBase},
	cAttribute:    {name: "Attribute", base: cExprBase, fields: []string{"value", "attr", "ctx"}},
	cSubscript:    {name: "Subscript", base: cExprBase, fields: []string{"value", "slice", "ctx"}},
	cStarred:      {name: "Starred", base: cExprBase, fields: []string{"value", "ctx"}},
	cName:         {name: "Name", base: cExprBase, fields: []string{"id", "ctx"}},
	cList:         {name: "List", base: cExprBase, fields: []string{"elts", "ctx"}},
	cTuple:        {name: "Tuple", base: cExprBase, fields: []string{"elts", "ctx"}},

	cExprContext: abstract("expr_context", nil),
	cLoad:        {name: "Load", base: cExprContext},
	cStore:       {name: "Store", base: cExprContext},
	cDel:         {name: "Del", base: cExprContext},
	cAugLoad:     {name: "AugLoad", base: cExprContext},
	cAugStore:    {name: "AugStore", base: cExprContext},
	cParam:       {name: "Param", base: cExprContext},

	cSlice:     abstract("slice", nil),
	cSliceNode: {name: "Slice", base: cSlice, fields: []string{"lower", "upper", "step"}},
	cExtSlice:  {name: "ExtSlice", base: cSlice, fields: []string{"dims"}},
	cIndex:     {name: "Index", base: cSlice, fields: []string{"value"}},

	cBoolop: abstract("boolop", nil),
	cAnd:    {name: "And", base: cBoolop},
	cOr:     {name: "Or", base: cBoolop},

	cOperator: abstract("operator", nil),
	cAdd:      {name: "Add", base: cOperator},
	cSub:      {name: "Sub", base: cOperator},
	cMult:     {name: "Mult", base: cOperator},
	cDiv:      {name: "Div", base: cOperator},
	cMod_:     {name: "Mod", base: cOperator},
	cPow:      {name: "Pow", base: cOperator},
	cLShift:   {name: "LShift", base: cOperator},
	cRShift:   {name: "RShift", base: cOperator},
	cBitOr:    {name: "BitOr", base: cOperator},
	cBitXor:   {name: "BitXor", base: cOperator},
	cBitAnd:   {name: "BitAnd", base: cOperator},
	cFloorDiv: {name: "FloorDiv", base: cOperator},

	cUnaryop: abstract("unaryop", nil),
	cInvert:  {name: "Invert", base: cUnaryop},
	cNot:     {name: "Not", base: cUnaryop},
	cUAdd:    {name: "UAdd", base: cUnaryop},
	cUSub:    {name: "USub", base: cUnaryop},

	cCmpop: abstract("cmpop", nil),
	cEq:    {name: "Eq", base: cCmpop},
	cNotEq: {name: "NotEq", base: cCmpop},
	cLt:    {name: "Lt", base: cCmpop},
	cLtE:   {name: "LtE", base: cCmpop},
	cGt:    {name: "Gt", base: cCmpop},
	cGtE:   {name: "GtE", base: cCmpop},
	cIs:    {name: "Is", base: cCmpop},
	cIsNot: {name: "IsNot", base: cCmpop},
	cIn:    {name: "In", base: cCmpop},
	cNotIn: {name: "NotIn", base: cCmpop},

	cComprehension: {name: "comprehension", base: cAST, fields: []string{"target", "iter", "ifs"}},
	cExcepthandler: abstract("excepthandler", loc),
	cExceptHandler: {name: "ExceptHandler", base: cExcepthandler, fields: []string{"type", "name", "body"}},
	cArguments:     {name: "arguments", base: cAST, fields: []string{"args", "vararg", "varargannotation", "kwonlyargs", "kwarg", "kwargannotation", "defaults", "kw_defaults"}},
	cArg:           {name: "arg", base: cAST, fields: []string{"arg", "annotation"}},
	cKeyword:       {name: "keyword", base: cAST, fields: []string{"arg", "value"}},
	cAlias:         {name: "alias", base: cAST, fields: []string{"name", "asname"}},
}
