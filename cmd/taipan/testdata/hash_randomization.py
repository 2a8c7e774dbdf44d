# Hash randomisation as in CPython 3.2.6: -R and PYTHONHASHSEED.
import os, subprocess, sys

def run(code, seed=None, *opts):
    env = dict(os.environ)
    env.pop('PYTHONHASHSEED', None)
    if seed is not None:
        env['PYTHONHASHSEED'] = seed
    p = subprocess.Popen([sys.executable] + list(opts) + ['-c', code], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    return p.returncode, out.decode().split(), err.decode()

code = ('import sys, datetime; print(sys.flags.hash_randomization, hash("abc"), '
        'hash(b"abc"), hash(""), hash(b""), hash("\\u1234x"), hash(datetime.date(1066, 10, 14)))')
rc, off, _ = run(code)
assert rc == 0 and off == ['0', '1453079729188098211', '1453079729188098211', '0', '0',
                             '596483582521379302', '1828461551518457113'], off
rc, out, _ = run(code, '0')
assert rc == 0 and out == ['1'] + off[1:], out
rc, out, _ = run(code, '42')
assert rc == 0 and out == ['42', '-4410911502303878509', '-4410911502303878509', '0', '0',
                             '-5109282101478666864', '-8583078625112613765'], out
seeded = out
rc, out, _ = run(code, '4294967295')
assert rc == 0 and out[:3] == ['1', '-4091943417118692', '-4091943417118692'], out
rc, out, _ = run(code, ' +42')
assert rc == 0 and out[1:] == seeded[1:], out
# "random" and -R: a fresh secret for each run
r1, r2 = run(code, 'random')[1], run(code, 'random')[1]
assert r1[0] == '1' and r1[1] == r1[2] and r1[1] != r2[1] and r1[1] != off[1], (r1, r2)
rc, out, _ = run(code, None, '-R')
assert rc == 0 and out[0] == '1' and out[1] != off[1], out
# -E ignores PYTHONHASHSEED
rc, out, _ = run(code, '42', '-E')
assert rc == 0 and out == off, out
rc, out, _ = run(code, '42', '-E', '-R')
assert rc == 0 and out[0] == '1' and out[1] not in (off[1], seeded[1]), out
# dicts keep working with a secret
rc, out, _ = run('import os, json; d = {"a": 1, "bb": 2}; print(d["bb"], json.dumps({"x": [1]}))', None, '-R')
assert rc == 0 and out == ['2', '{"x":', '[1]}'], out
for bad in ('abc', '4294967296', '-1', '5 ', ' '):
    rc, out, err = run('print(1)', bad)
    assert rc != 0 and out == [], (bad, rc, out)
    assert ('Fatal Python error: PYTHONHASHSEED must be "random" or an integer in range '
            '[0; 4294967295]') in err, err
