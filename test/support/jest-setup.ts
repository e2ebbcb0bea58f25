// e2e specs boot real apps on a shared 2-core machine; the project-level testTimeout is not applied to hooks.
jest.setTimeout(60_000);
