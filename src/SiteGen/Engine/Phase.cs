namespace SiteGen.Engine;

/// <summary>
/// Statiq's four phases. Input and Process run after the Process phase of the pipelines a pipeline depends on;
/// PostProcess runs once every pipeline has finished Process, so layouts and archives see all documents;
/// Output runs once every pipeline has finished PostProcess, so the files to write are all known before the first is.
/// </summary>
public enum Phase { Input, Process, PostProcess, Output }
