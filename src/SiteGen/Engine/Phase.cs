namespace SiteGen.Engine;

/// <summary>
/// Statiq's four phases. Input and Process run after the Process phase of the pipelines a pipeline depends on;
/// PostProcess runs once every pipeline has finished Process, so layouts and archives see all documents;
/// Output runs after the pipeline's own PostProcess.
/// </summary>
public enum Phase { Input, Process, PostProcess, Output }
