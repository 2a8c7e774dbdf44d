# Non-ASCII identifiers (PEP 3131), NFKC normalisation, and column
# offsets on lines holding multi-byte characters.
café = 1
naïve_ü = café
переменная = "значение"
変数 = 42
_ñ = 0
ñ2 = _ñ
Ωmega = 1
µ = 1
μ = µ
ﬁle = 1
file_ = ﬁle
ℌ = 1
Ｆｕｌｌ = 2
ª = 3
ſ = 4
K = 5
𝔘nicode = 6
𐀀 = 7
def ﬁnd(ﬂag, *ﬀ, ǆ=1, **ĳ):
    global ﬃ
    ﬃ = ﬂag
    return ﬀ, ǆ, ĳ
class Ｃlass(ſuper):
    ǅ = 1
x = obj.ﬁeld
obj.ﬁeld = 1
f(ﬁ=1, ﬂ=2)
import ﬁ
import ﬁ.ﬂ as ﬃ
from ﬁ.ﬂ import ﬀ as ĳ, ǆ
try:
    pass
except E as ﬁ:
    pass
lambda ﬁ: ﬁ
[ﬁ for ﬁ in ﬂ]
é = 'é'; x = 'é' + é + x
x = "日本語"; y = x
xé = 'ü'
d = {'ключ': значение, 'k': v}
αβγ.δ = ε[ζ]
café = 0
café += café
def outer():
    ﬃ = 1
    def inner():
        nonlocal ffi
        return ﬃ
    return inner
