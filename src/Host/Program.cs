using DataInclusion.Host.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
