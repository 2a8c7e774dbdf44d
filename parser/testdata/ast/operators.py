# Every operator, and how precedence and associativity group them.
a + b
a - b
a * b
a / b
a // b
a % b
a ** b
a << b
a >> b
a | b
a ^ b
a & b
-a
+a
~a
not a
a + b * c
(a + b) * c
a * b + c
a - b - c
a - (b - c)
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
-a ** -b
~a ** ~b
- - a
-+~a
a * b / c // d % e
a + b * c ** d
a << b + c
a & b << c
a ^ b & c
a | b ^ c
a | b ^ c & d << e + f * g ** h
a < b | c
not a < b
not a == b and c
a or not b and c
lambda: a or b
a if b or c else d and e
x = a if b else lambda: c
a * -1
1 - -1
2**-1
a.b ** c.d
a[b] ** c(d)
(a) + (b)
((a))
-(1)
-1
- 1
+1.5
~0
x = 1 + \
    2
x = (1 +
     2)
x = [1 +
     2 -
     3]
