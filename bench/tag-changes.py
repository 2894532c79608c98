#!/usr/bin/env python3
"""What changed in each article's tags between two `sitegen list --format json` outputs, sorted by the likeliest rule.

    python3 bench/tag-changes.py before.json after.json

A tag an article lost is put under the first reason that explains it (a label; a first name whose full name the
article gained; a form now counted into another tag; an office or portfolio word dropped from a run; a decree or
ambiguous abbreviation; another shown form; else weighed out). A tag gained likewise (the full name for a lost first
name; another shown form; a headline subject no other article shares; a name the title gives before a colon or comma;
else a freed slot). The reasons are read from the two lists, so they are a classification, not a trace.
"""
import collections, json, re, sys


def main():
    b = {r['sourcePath']: r for r in json.load(open(sys.argv[1], encoding='utf-8'))}
    a = {r['sourcePath']: r for r in json.load(open(sys.argv[2], encoding='utf-8'))}
    use = collections.Counter(t for r in a.values() for t in set(r['tags']))
    lost, gained, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    changed = 0
    for p in a:
        if p not in b:
            continue
        before, after = set(b[p]['tags']), set(a[p]['tags'])
        changed += before != after
        reasons = {x.split(':')[0]: x for x in a[p].get('tagReasons', [])}
        counted = {}
        for t, x in reasons.items():
            m = re.search(r'counted in: (.*)$', x)
            if m:
                for form in m.group(1).split(', '):
                    counted[form] = t
        for t in before - after:
            if re.fullmatch(r'(Grup|Group|Pool|Kelas|Kelompok|Golongan|Tipe|Pot) \S+', t):
                k = 'lost: a label and a letter (Grup G)'
            elif any(g.startswith(t + ' ') for g in after - before):
                k = 'lost: a first name, now its full name'
            elif t in counted:
                k = 'lost: counted into the entity (nickname, portfolio run, surname, abbreviation)'
            elif any(t.endswith(' ' + g) or (len(t.split()) > 2 and g in t) for g in after - before):
                k = 'lost: an office or portfolio word glued to a name'
            elif any(g.lower().replace(' ', '') != t.lower().replace(' ', '') and t in g for g in after):
                k = 'lost: shown in another form'
            elif t in ('PP', 'Peraturan Daerah', 'Peraturan Pemerintah', 'Perda', 'SDM'):
                k = 'lost: a decree, or an abbreviation of one'
            else:
                k = 'lost: weighed out (a common name needs headline and lead, or a headline subject took the slot)'
            lost[k] += 1
            examples[k].append(t)
        for t in after - before:
            r = reasons.get(t, '')
            earlier = [x for x in b[p].get('tagReasons', []) if x.startswith(t + ':')]
            if any(t.startswith(l + ' ') for l in before - after):
                k = 'gained: the full name for a first name'
            elif use[t] == 1 and 'title' in r:
                k = 'gained: a headline subject no other article shares'
            elif 'title' in r and not earlier:
                k = 'gained: named in the title before a colon or comma'
            else:
                k = 'gained: a freed slot or merged counts'
            gained[k] += 1
            examples[k].append(t)
    print(f'articles whose tags changed: {changed} of {len(a)}')
    for counter in (lost, gained):
        for k, v in counter.most_common():
            print(f'{v:5d}  {k}: ' + ', '.join(f'{t} ({c})' for t, c in collections.Counter(examples[k]).most_common(8)))


if __name__ == '__main__':
    main()
