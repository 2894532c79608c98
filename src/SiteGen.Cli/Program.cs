using SiteGen.Cli;

CollectorBudget.Apply(args);
return await SiteGenCli.RunAsync(args);
