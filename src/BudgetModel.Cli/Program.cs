// Placeholder until the importer issue lands: the check command prints what it will do.
Console.WriteLine("budgetmodel: the importer has not landed yet; `check` will import and validate the embedded sample.");
return 0;
