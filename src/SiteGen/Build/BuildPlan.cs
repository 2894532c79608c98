using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// What the plan step of a build settled before any page is made: the site's services, the staging folder and writer,
/// what the cache may give back, and the key of every input.
/// </summary>
/// <param name="Unchanged">The last build's manifest when its key equals this build's and its output is intact: nothing to do.</param>
/// <param name="Survey">The output surveyed against the last manifest when no input changed; null when the survey runs
/// beside the build (<see cref="OutputFolder.BeginSurvey"/>).</param>
/// <param name="CacheTime">How long loading the cache and hashing the inputs took.</param>
internal sealed record BuildPlan(
    string Root,
    SiteContext Site,
    OutputFolder Output,
    OutputWriter Writer,
    BuildCache Cache,
    Hash128 AnalysisKey,
    Hash128 BuildKey,
    OutputSurvey? Survey,
    OutputManifest? Unchanged,
    TimeSpan CacheTime);
