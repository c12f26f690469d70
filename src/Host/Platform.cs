using System.Runtime.Versioning;

// The embedded cluster runs PostgreSQL as an unprivileged Unix user and sets Unix file modes: Linux (and containers) only.
[assembly: SupportedOSPlatform("linux")]
