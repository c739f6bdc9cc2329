package io.roomgate.localtenant.exchange;

/**
 * A cmdlet failed the way Exchange fails it: an HTTP status, the .NET exception type Exchange names, the text an
 * admin reads, and the wire shape Exchange uses for that kind of error (see docs/simulator.md).
 */
public final class CmdletException extends Exception {
    /** The error body shapes of reference §1.7. */
    public enum Shape {
        /** {@code details[0].message = "<LocStringId>|<Type>|<text>"}. */
        PIPE_DELIMITED,
        /** {@code details[0].message = "{\"Message\":…,\"TypeName\":…}"}. */
        JSON_IN_STRING,
        /** {@code error.message = "Invalid Operation"}, text in {@code innererror.internalexception.message}. */
        INTERNAL_EXCEPTION
    }

    static final String NOT_FOUND_TYPE = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException";
    static final String AMBIGUOUS_TYPE = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException";
    static final String ALREADY_EXISTS_TYPE = "Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException";
    static final String PARAMETER_BINDING_TYPE = "System.Management.Automation.ParameterBindingException";
    /** The domain controller Exchange names in not-found texts. */
    static final String DOMAIN_CONTROLLER = "SIMPR01A001DC001.SIMPR01A001.PROD.OUTLOOK.COM";

    private final int status;
    private final Shape shape;
    private final String locStringId;
    private final String exceptionType;

    public CmdletException(int status, Shape shape, String locStringId, String exceptionType, String message) {
        super(message);
        this.status = status;
        this.shape = shape;
        this.locStringId = locStringId;
        this.exceptionType = exceptionType;
    }

    public int status() {
        return status;
    }

    public Shape shape() {
        return shape;
    }

    public String locStringId() {
        return locStringId;
    }

    public String exceptionType() {
        return exceptionType;
    }

    /** The object named by -Identity does not exist (or is still replicating). */
    public static CmdletException notFound(String identity) {
        return new CmdletException(404, Shape.PIPE_DELIMITED, "Ex6F9304", NOT_FOUND_TYPE,
                "The operation couldn't be performed because object '" + identity + "' couldn't be found on '"
                        + DOMAIN_CONTROLLER + "'.");
    }

    /** An object named by another parameter (-Member, -User, -ManagedBy …) does not exist. */
    public static CmdletException referenceNotFound(String identity) {
        return new CmdletException(404, Shape.PIPE_DELIMITED, "Ex6F9304", NOT_FOUND_TYPE,
                "Couldn't find object \"" + identity + "\". Please make sure that it was spelled correctly or "
                        + "specify a different object.");
    }

    public static CmdletException ambiguous(String identity) {
        return new CmdletException(400, Shape.PIPE_DELIMITED, "Ex9C3E5B", AMBIGUOUS_TYPE,
                "The operation couldn't be performed because '" + identity + "' matches multiple entries.");
    }

    public static CmdletException alreadyExists(String distinguishedName) {
        return new CmdletException(400, Shape.JSON_IN_STRING, null, ALREADY_EXISTS_TYPE,
                "The object '" + distinguishedName + "' already exists.");
    }

    /** A cmdlet-level refusal (Exchange's task exceptions), 400 with the pipe-delimited text. */
    public static CmdletException task(String exceptionType, String message) {
        return new CmdletException(400, Shape.PIPE_DELIMITED, "", exceptionType, message);
    }

    /** PowerShell refused to bind the parameters (unknown name, bad value, missing mandatory one). */
    public static CmdletException parameterBinding(String message) {
        return new CmdletException(400, Shape.INTERNAL_EXCEPTION, null, PARAMETER_BINDING_TYPE, message);
    }
}
