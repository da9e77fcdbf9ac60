/** What `sctmm --help` prints. */
export const usage = `Usage: sctmm <command> [options] [files]

Counts and scores the citizen perception survey of Colombia's Smart
Cities and Territories Maturity Model (MinTIC).

Commands:
  template responses [--delimiter ;]
      Print the CSV header of the survey: id, segment, submittedAt, then
      one column per statement holding 1..L, or empty for don't know.
  template mapping EXPORT.csv
      Draft a mapping (JSON) for a CSV exported by Google Forms,
      KoboToolbox, LimeSurvey or another tool, from its header.
  aggregate [--mapping M.json] [--strict] FILE.csv...
      Count response files into one aggregate (JSON) on standard output.
      Files of any size are streamed; - reads standard input. Skipped
      rows are reported on standard error as FILE:LINE: reason.
      --mapping  read exports of another tool through a mapping
      --strict   exit with status 1 when any row was skipped
  merge A.json B.json...
      Add aggregates of the same survey.
  score AGGREGATE.json
      Print score, level and n overall, per dimension and sub-dimension,
      and by segment (JSON).
  sql [--table NAME] [--shape wide|long]
      Print SQL (DuckDB, Spark SQL, BigQuery) that computes the same
      counts from a table of responses; its comment describes the table.
  counts COUNTS.csv
      Turn the rows that SQL returned, saved as CSV, into the aggregate
      (JSON) that aggregate prints, for merge and score.

Every command takes --survey S.json to use another survey than the
default one (perception-2020).

Options:
  -h, --help     show this help
  -V, --version  show the version

Exit status: 0 success, 1 failure, 2 wrong usage.
`;
