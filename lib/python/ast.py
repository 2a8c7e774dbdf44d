"""Abstract syntax trees of Python programs.

The node classes come from the _ast module (written in Go in Taipan);
this module adds the helpers of Python 3.2's ast module: parse() and
literal_eval(), dump(), the walking functions and the NodeVisitor and
NodeTransformer classes.  compile() turns a tree made or changed here
back into code.
"""

from _ast import *
from _ast import __version__


def parse(source, filename='<unknown>', mode='exec'):
    """Parse source text into a tree: compile() with PyCF_ONLY_AST."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


_LITERAL_NAMES = {'None': None, 'True': True, 'False': False}
_ARITHMETIC = (Num, UnaryOp, BinOp)


def literal_eval(node_or_string):
    """Evaluate a node, or a string holding an expression, that is made of
    literals only: str, bytes, numbers, tuples, lists, dicts, sets, True,
    False and None, with unary + and - and the + or - of a complex number.
    Anything else raises ValueError."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree, mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body

    def value_of(node):
        if isinstance(node, (Str, Bytes)):
            return node.s
        if isinstance(node, Num):
            return node.n
        if isinstance(node, Tuple):
            return tuple([value_of(e) for e in node.elts])
        if isinstance(node, List):
            return [value_of(e) for e in node.elts]
        if isinstance(node, Set):
            return set([value_of(e) for e in node.elts])
        if isinstance(node, Dict):
            result = {}
            for k, v in zip(node.keys, node.values):
                result[value_of(k)] = value_of(v)
            return result
        if isinstance(node, Name) and node.id in _LITERAL_NAMES:
            return _LITERAL_NAMES[node.id]
        if (isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub))
                and isinstance(node.operand, _ARITHMETIC)):
            operand = value_of(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        if (isinstance(node, BinOp) and isinstance(node.op, (Add, Sub))
                and isinstance(node.left, _ARITHMETIC)
                and isinstance(node.right, _ARITHMETIC)):
            left = value_of(node.left)
            right = value_of(node.right)
            return left + right if isinstance(node.op, Add) else left - right
        raise ValueError('malformed node or string: ' + repr(node))

    return value_of(tree)


def dump(node, annotate_fields=True, include_attributes=False):
    """Return the tree under node as text: each node as its class name
    with its fields in parentheses (named, unless annotate_fields is
    false), and lineno and col_offset too when include_attributes is
    true."""
    def text(x):
        if isinstance(x, AST):
            parts = []
            for name, value in iter_fields(x):
                if annotate_fields:
                    parts.append('%s=%s' % (name, text(value)))
                else:
                    parts.append(text(value))
            out = x.__class__.__name__ + '(' + ', '.join(parts)
            if include_attributes and x._attributes:
                out += ', ' if parts else ' '
                out += ', '.join(['%s=%s' % (a, text(getattr(x, a)))
                                  for a in x._attributes])
            return out + ')'
        if isinstance(x, list):
            return '[' + ', '.join([text(item) for item in x]) + ']'
        return repr(x)

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return text(node)


def copy_location(new_node, old_node):
    """Give new_node the lineno and col_offset of old_node, where both
    have such attributes and old_node has a value; return new_node."""
    for name in ('lineno', 'col_offset'):
        if (name in old_node._attributes and name in new_node._attributes
                and hasattr(old_node, name)):
            setattr(new_node, name, getattr(old_node, name))
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks a lineno or col_offset its
    parent's (the root's default: line 1, column 0); return node."""
    def fix(n, lineno, col_offset):
        if 'lineno' in n._attributes:
            if hasattr(n, 'lineno'):
                lineno = n.lineno
            else:
                n.lineno = lineno
        if 'col_offset' in n._attributes:
            if hasattr(n, 'col_offset'):
                col_offset = n.col_offset
            else:
                n.col_offset = col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col_offset)
    fix(node, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and every node under it; return
    node."""
    for x in walk(node):
        if 'lineno' in x._attributes:
            x.lineno = getattr(x, 'lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each of node's _fields it has."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the nodes directly under node: fields that are nodes, and the
    nodes in fields that are lists."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def _cleandoc(doc):
    # What inspect.cleandoc does: tabs expanded, the first line's leading
    # blanks and the common indentation of the others removed, blank lines
    # at both ends dropped.
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin is None or indent < margin:
                margin = indent
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """Return the docstring of a FunctionDef, ClassDef or Module node, or
    None; with clean, indentation is removed as inspect.cleandoc does."""
    if not isinstance(node, (FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if (node.body and isinstance(node.body[0], Expr)
            and isinstance(node.body[0].value, Str)):
        doc = node.body[0].value.s
        return _cleandoc(doc) if clean else doc
    return None


def walk(node):
    """Yield node and every node under it, breadth first."""
    pending = [node]
    i = 0
    while i < len(pending):
        current = pending[i]
        i += 1
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree, calling self.visit_<ClassName>(node) for each node
    that has such a method and generic_visit(node), which visits the
    children, for the others.  visit() returns what the method returns."""

    def visit(self, node):
        """Visit one node."""
        method = getattr(self, 'visit_' + node.__class__.__name__,
                         self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        """Visit the children of a node that has no visit_ method."""
        for name, value in iter_fields(node):
            if isinstance(value, AST):
                self.visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the
    node they visit: the node itself to keep it, None to remove it from
    its parent, or (in a list such as a body) a sequence of nodes to put
    in its place.  generic_visit applies this to the children."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                replaced = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                value[:] = replaced
            elif isinstance(value, AST):
                new = self.visit(value)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node
