#!/usr/bin/env python3
"""Share of JFR execution samples whose stack passes through each method.

    jfr print --events jdk.ExecutionSample --stack-depth 120 server.jfr > samples.txt
    benchmarks/load/jfr-frames.py samples.txt 'freshview|weld|ServletPathMatches'

Prints the number of samples, then every method matching the regular expression (all if none is
given) with the percentage of samples that have it anywhere on the stack, most frequent first.
"""
import collections
import re
import sys


def stacks(text):
    for event in text.split('jdk.ExecutionSample {')[1:]:
        found = re.search(r'stackTrace = \[(.*?)\n  \]', event, re.S)
        if found:
            yield [re.sub(r'\(.*', '', line.strip()) for line in found.group(1).strip().split('\n')
                   if line.strip() and not line.strip().startswith('...')]


def main():
    pattern = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
    samples = list(stacks(open(sys.argv[1]).read()))
    through = collections.Counter()
    for frames in samples:
        through.update(set(frames))
    print(f'{len(samples)} samples')
    for method, count in through.most_common():
        if pattern is None or pattern.search(method):
            print(f'{100 * count / len(samples):5.1f}%  {method}')


if __name__ == '__main__':
    main()
