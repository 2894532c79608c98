using SiteGen.Cli;

return await SiteGenCli.RunAsync(args);
