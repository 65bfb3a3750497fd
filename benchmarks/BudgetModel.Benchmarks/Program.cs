using BenchmarkDotNet.Running;

// export-memory N: one export's peak memory, in this process (ExportMemory; docs/benchmarks.md, Export to Parquet).
if (args is ["export-memory", ..])
{
    return BudgetModel.Benchmarks.ExportMemory.Run(args);
}

// This assembly, not typeof(Program): the CLI (referenced for CliBenchmarks) has a Program of its own.
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
return 0;
