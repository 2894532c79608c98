#!/usr/bin/env python3
"""Issue 14's tag figures from `sitegen list --format json` output.

    sitegen list --root SITE --format json > after.json
    python3 bench/tag-figures.py after.json [--top 50]
    # what each rule took away, against a list made by an older build and `sitegen tags --format json`:
    python3 bench/tag-figures.py after.json --before before.json --tags tags.json
"""
import argparse, collections, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
INFERENCE = os.path.join(HERE, '..', 'src', 'SiteGen', 'Inference')


def fold(t):
    t = unicodedata.normalize('NFD', t)
    t = ''.join(c for c in t if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', t.lower().replace('-', ' ')).strip()


def words(t):
    return set(re.split(r'[ \-]+', t.lower())) - {''}


def is_mojibake(t):
    return any(not re.search('[a-z0-9]', w) for w in t.lower().split())


def figures(rows, top):
    n = len(rows)
    use = collections.Counter(t for r in rows for t in set(r['tags']))
    subset = [r for r in rows
              if any(i != j and words(a) <= words(b) for i, a in enumerate(r['tags']) for j, b in enumerate(r['tags']))]
    tagged = sum(1 for r in rows if r['tags'])
    shared = sum(1 for c in use.values() if c >= 2)
    first, count = use.most_common(1)[0] if use else ('', 0)
    print(f'articles: {n}; with a tag: {100 * tagged / n:.1f}%; tags per article: {sum(len(r["tags"]) for r in rows) / n:.2f}')
    print(f'distinct tags: {len(use)}; on two articles or more: {100 * shared / max(1, len(use)):.1f}%')
    print(f'most used: {first} on {count} articles ({100 * count / n:.2f}%)')
    print(f'articles with one tag\'s words within another\'s: {len(subset)} ({100 * len(subset) / n:.2f}%)')
    print(f'mojibake tags: {sum(1 for t in use if is_mojibake(t))}')
    print(f'top {top}: ' + ', '.join(f'{t} ({c})' for t, c in use.most_common(top)))


def removed(before_rows, after_rows, tags_rows):
    def listed(file, prefix):
        out = set()
        for line in open(os.path.join(INFERENCE, file), encoding='utf-8'):
            line = line.split('#')[0].strip()
            if prefix is None and line:
                out.add(fold(line))
            elif prefix and line.startswith(prefix):
                out.add(fold(line.split(':', 1)[1]))
        return out
    stop, kinds = listed('stopwords-id.txt', None), listed('known-names-id.txt', 'part:') | listed('known-names-id.txt', 'kind:')
    after = {r['sourcePath']: r['tags'] for r in after_rows}
    alias_of = collections.defaultdict(set)
    for t in tags_rows:
        for a in t['aliases']:
            alias_of[fold(a)].add(t['tag'])
    n = len(before_rows)
    before_use = collections.Counter(t for r in before_rows for t in set(r['tags']))
    kinds_of = collections.Counter()
    examples = collections.defaultdict(collections.Counter)
    for r in before_rows:
        now = after.get(r['sourcePath'], [])
        now_words = [set(fold(x).split()) for x in now]
        for t in r['tags']:
            if t in now:
                continue
            f = fold(t)
            w = set(f.split())
            if is_mojibake(t): kind = 'mojibake'
            elif re.fullmatch(r'(rp|usd|idr)?\d[\d.,]*|[ivx]+|(usd|rp|idr)\d.*', f): kind = 'money, number, Roman numeral'
            elif set(now) & alias_of.get(f, set()): kind = "merged: shown as the entity's one tag on the same article"
            elif any(w <= x or x <= w for x in now_words): kind = 'merged: part of a longer name on the same article'
            elif f in stop: kind = 'stop word: office, title, decree, generic word'
            elif f in kinds: kind = 'kind or part word alone'
            elif before_use[t] > 0.05 * n: kind = 'on too much of the archive (over 10%), or in passing on over 5% and not in the title'
            elif f.split()[0] in stop: kind = 'office or title before a name (the name weighed out)'
            elif alias_of.get(f): kind = 'merged, then weighed out on this article (passing mention)'
            else: kind = 'weighed out: passing mention or one-off'
            kinds_of[kind] += 1
            examples[kind][t] += 1
    print(f'tag assignments before: {sum(len(r["tags"]) for r in before_rows)}; now: {sum(len(r["tags"]) for r in after_rows)}')
    print('| why a tag an article had before is gone | tag assignments | most frequent |')
    print('|---|---|---|')
    for kind, count in kinds_of.most_common():
        print(f'| {kind} | {count} | ' + ', '.join(f'{t} ({c})' for t, c in examples[kind].most_common(8)) + ' |')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('after')
    p.add_argument('--top', type=int, default=30)
    p.add_argument('--before')
    p.add_argument('--tags')
    a = p.parse_args()
    rows = json.load(open(a.after, encoding='utf-8'))
    figures(rows, a.top)
    if a.before and a.tags:
        removed(json.load(open(a.before, encoding='utf-8')), rows, json.load(open(a.tags, encoding='utf-8')))


if __name__ == '__main__':
    main()
