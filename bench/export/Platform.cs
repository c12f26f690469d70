using System.Runtime.Versioning;

// The throw-away server is the host's embedded cluster (Unix user, Unix file modes) and RSS comes from /proc: Linux only.
[assembly: SupportedOSPlatform("linux")]
