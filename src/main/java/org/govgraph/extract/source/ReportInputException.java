package org.govgraph.extract.source;

/**
 * A report file that cannot be read as a report: empty, too large, binary, password-protected, damaged, or a PDF
 * without a text layer. The message names the file and says, in plain words, what is wrong and what to do.
 */
public class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String problem;

    /** A problem with {@code fileName}, described in {@code problem} (no file name in it). */
    public ReportInputException(String fileName, String problem) {
        this(fileName, problem, null);
    }

    /** As {@link #ReportInputException(String, String)}, keeping the exception that revealed the problem. */
    public ReportInputException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
        this.fileName = fileName;
        this.problem = problem;
    }

    /** The name of the file that was refused. */
    public String fileName() {
        return fileName;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
