namespace SiteGen.Model;

/// <summary>Where a metadata value came from, so a person can see and fix it (`sitegen list`).</summary>
public enum ValueSource { None, FrontMatter, Table, FileName, Text, Settings }
