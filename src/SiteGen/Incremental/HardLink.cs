using System.Runtime.InteropServices;

namespace SiteGen.Incremental;

/// <summary>A second name for an existing file (the same inode, bytes and times); a copy with the same time where links are not possible.</summary>
internal static class HardLink
{
    public static void CreateOrCopy(string existing, string link)
    {
        if (!OperatingSystem.IsWindows() && Link(existing, link) == 0) return;
        File.Copy(existing, link);
        File.SetLastWriteTimeUtc(link, File.GetLastWriteTimeUtc(existing));
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole library
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
#pragma warning restore SYSLIB1054
}
