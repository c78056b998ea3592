# Hundredfold in a container. Build it, then run it on a repository mounted at /repo:
#   docker build -t hundredfold .
#   docker run --rm -v "$PWD":/repo hundredfold ci --base origin/main
# The README's "Installing" section has more.

# Build: the Swift toolchain compiles a release build with the Swift runtime linked in, so the
# runtime image needs no toolchain.
FROM swift:6.3-noble AS build
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift Package.resolve[d] ./
RUN swift package resolve
COPY Sources ./Sources
RUN swift build -c release --static-swift-stdlib --product hundredfold \
    && swift build -c release --product HundredfoldTrace \
    && mkdir /out \
    && cp "$(swift build -c release --show-bin-path)/hundredfold" \
          "$(swift build -c release --show-bin-path)/libHundredfoldTrace.so" /out/

# Runtime: the executable and its tracing library, SQLite and git (for scan and ci), not root.
FROM ubuntu:24.04
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libsqlite3-0 git ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && git config --system --add safe.directory '*' \
    && useradd --create-home --uid 10001 hundredfold
COPY --from=build /out/ /usr/local/bin/
USER 10001:10001
# Mount the repository to check here: docker run --rm -v "$PWD":/repo hundredfold scan --base main
WORKDIR /repo
ENTRYPOINT ["hundredfold"]
CMD ["--help"]
