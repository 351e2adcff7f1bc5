namespace BBConduct.Cli.Input;

/// <summary>Streams the records of one input file, one <see cref="InputRecord"/> per record, failures included.</summary>
internal interface IRecordReader
{
    /// <summary>Reads the records in order without loading the whole file.</summary>
    /// <param name="input">The input stream.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <returns>The records.</returns>
    IEnumerable<InputRecord> Read(Stream input, string sourceName);
}
