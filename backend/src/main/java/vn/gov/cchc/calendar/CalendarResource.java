package vn.gov.cchc.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.cchc.common.Etags;
import vn.gov.cchc.common.ProblemException;
import vn.gov.cchc.security.CurrentUser;
import vn.gov.cchc.security.Roles;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    private static final String PATH_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser user;

    @Schema(name = "CalendarYearSummary", description = "A year of the calendar")
    public record YearView(
            @Schema(required = true, example = "2026") int year,
            @Schema(required = true, description = "True until the Government decides the year's holidays") boolean provisional,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, description = "Holidays entered (weekends included)") long holidays,
            @Schema(required = true, description = "Make-up working days entered") long workingDays,
            @Schema(required = true) int version) {
    }

    @Schema(name = "CalendarDay", description = "A day that is not what its weekday says")
    public record DayView(
            @Schema(required = true, example = "2026-01-02") LocalDate date,
            @Schema(required = true) DayKind kind,
            @Schema(required = true, example = "Nghỉ bù Tết Dương lịch (hoán đổi)") String name,
            @Schema(required = true, description = "1 = Monday … 7 = Sunday", example = "5") int weekday,
            @Schema(required = true) int version) {
        static DayView of(CalendarDay d) {
            return new DayView(d.day, d.kind, d.name, d.day.getDayOfWeek().getValue(), d.version);
        }
    }

    @Schema(name = "CalendarYear", description = "A year's holidays and make-up working days")
    public record YearDetail(
            @Schema(required = true, example = "2026") int year,
            @Schema(required = true, description = "False when no holidays have been entered: only weekends are then excluded") boolean known,
            @Schema(required = true) boolean provisional,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, description = "Version of the year record (0 when it does not exist yet)") int version,
            @Schema(required = true) List<DayView> days) {
    }

    @Schema(name = "CalendarYearInput", description = "A year's status")
    public record YearInput(
            @Schema(required = true) @NotNull Boolean provisional,
            @Schema(nullable = true, maxLength = 500) @Size(max = 500, message = "{cchc.text.max}") String note) {
    }

    @Schema(name = "CalendarDayInput", description = "A holiday, or a Saturday or Sunday that is a make-up working day")
    public record DayInput(
            @Schema(required = true, example = "2026-01-02", description = "From 2000-01-01 to 2100-12-31") @NotNull LocalDate date,
            @Schema(required = true) @NotNull DayKind kind,
            @Schema(required = true, maxLength = 200, example = "Nghỉ bù Tết Dương lịch") @NotBlank @Size(max = 200, message = "{cchc.text.max}") String name) {
    }

    @Schema(name = "CalendarDayUpdate", description = "A new kind or name for a day")
    public record DayUpdate(
            @Schema(required = true) @NotNull DayKind kind,
            @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200, message = "{cchc.text.max}") String name) {
    }

    @Schema(name = "WorkingDayAnswer", description = "Whether a date is a working day, and why")
    public record WorkingDayAnswer(
            @Schema(required = true, example = "2026-01-10") LocalDate date,
            @Schema(required = true) boolean working,
            @Schema(required = true, nullable = true, description = "The calendar's entry for that date, if any") DayKind entry,
            @Schema(required = true, nullable = true, example = "Làm bù ngày 02/01/2026") String name,
            @Schema(required = true, description = "False when the year has no calendar data: only weekends are excluded") boolean calendarKnown) {
    }

    @Schema(name = "WorkingDaysSum", description = "A date N working days after another")
    public record WorkingDaysSum(
            @Schema(required = true, example = "2026-01-20") LocalDate from,
            @Schema(required = true, example = "15") int days,
            @Schema(required = true, example = "2026-02-10") LocalDate result,
            @Schema(required = true,
                    description = "Years in the span without calendar data: only weekends were excluded there") Set<Integer> calendarMissingYears,
            @Schema(required = true, description = "Years in the span whose calendar is provisional") Set<Integer> provisionalYears) {
    }

    @Schema(name = "WorkingDaysCount", description = "Working days between two dates")
    public record WorkingDaysCount(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true, description = "Working days after `from` up to and including `to`; negative when `to` is before `from`") int workingDays,
            @Schema(required = true) Set<Integer> calendarMissingYears,
            @Schema(required = true) Set<Integer> provisionalYears) {
    }

    @GET
    @Path("/years")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "listCalendarYears", summary = "Years of the calendar",
            description = "The years whose holidays have been entered, with how many entries each has and whether they are provisional.")
    @APIResponse(responseCode = "200", description = "The years")
    public List<YearView> years() {
        return calendars.years().stream().map(y -> {
            List<CalendarDay> days = calendars.days(y.year);
            long holidays = days.stream().filter(d -> d.kind == DayKind.HOLIDAY).count();
            return new YearView(y.year, y.provisional, y.note, holidays, days.size() - holidays, y.version);
        }).toList();
    }

    @GET
    @Path("/years/{year}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "getCalendarYear", summary = "A year's holidays and make-up days",
            description = "Every entry of the year in date order. A year without data answers `known: false` and no days.")
    @APIResponse(responseCode = "200", description = "The year")
    public YearDetail year(@Parameter(description = "Year", example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        CalendarYear y = calendars.year(year);
        return new YearDetail(year, y != null, y != null && y.provisional, y == null ? null : y.note,
                y == null ? 0 : y.version, calendars.days(year).stream().map(DayView::of).toList());
    }

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putCalendarYear", summary = "Record a year's status",
            description = "Creates the year or marks it provisional or decided. Deadlines in that year are recomputed.")
    @APIResponse(responseCode = "200", description = "The year")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public YearDetail putYear(@Parameter(description = "Year", example = "2027") @PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The version last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid YearInput input) {
        calendars.putYear(year, input.provisional(), input.note(), ifMatch);
        return year(year);
    }

    @DELETE
    @Path("/years/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCalendarYear", summary = "Remove an empty year",
            description = "Removes a year that has no holidays or make-up days entered (a year with entries is a 409: remove them first). Its dates are then counted by weekday only, and deadlines say so. Any year number is accepted here, so that a year entered by mistake can be removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void deleteYear(@Parameter(description = "Year", example = "2027") @PathParam("year") int year,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The version last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calendars.deleteYear(year, ifMatch);
    }

    @POST
    @Path("/days")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addCalendarDay", summary = "Add a holiday or a make-up working day",
            description = "The date must be in the years 2000 to 2100 (400 otherwise). A make-up working day must be a Saturday or Sunday. A date that already has an entry is a 409: change that entry instead. Deadlines are recomputed.")
    @APIResponse(responseCode = "201", description = "The entry",
            headers = @Header(name = "ETag", description = "The entry's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addDay(@RequestBody(required = true) @NotNull @Valid DayInput input) {
        CalendarDay d = calendars.addDay(input.date(), input.kind(), input.name(), user.username());
        return Response.created(URI.create("/api/v1/calendar/days/" + d.day)).tag(Etags.of(d.version))
                .entity(DayView.of(d)).build();
    }

    @PUT
    @Path("/days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCalendarDay", summary = "Change a calendar entry",
            description = "Changes the kind or name of an entry. `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "The entry",
            headers = @Header(name = "ETag", description = "The entry's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DayView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response updateDay(@Parameter(description = "Date (yyyy-MM-dd)", example = "2026-01-02") @PathParam("date") String date,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
                    description = "The version last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) @NotNull @Valid DayUpdate input) {
        CalendarDay d = calendars.updateDay(parse(date), input.kind(), input.name(), ifMatch, user.username());
        return Response.ok(DayView.of(d)).tag(Etags.of(d.version)).build();
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCalendarDay", summary = "Remove a calendar entry",
            description = "The date becomes an ordinary day of its weekday. Deadlines are recomputed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public void deleteDay(@Parameter(description = "Date (yyyy-MM-dd)", example = "2026-01-02") @PathParam("date") String date,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match",
                    description = "The version last read; optional") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calendars.deleteDay(parse(date), ifMatch);
    }

    @GET
    @Path("/working-day")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "isWorkingDay", summary = "Is a date a working day?",
            description = "Monday to Friday unless a holiday; Saturday and Sunday only when declared make-up working days.")
    @APIResponse(responseCode = "200", description = "The answer")
    public WorkingDayAnswer workingDay(@Parameter(required = true, description = "Date (yyyy-MM-dd)", example = "2026-01-10") @QueryParam("date") String date) {
        LocalDate d = parseQuery("date", date);
        WorkingCalendar cal = calendars.calendar();
        CalendarDay entry = CalendarDay.findById(d);
        return new WorkingDayAnswer(d, cal.isWorkingDay(d), cal.override(d), entry == null ? null : entry.name,
                cal.missingYears(d, d).isEmpty());
    }

    @GET
    @Path("/add-working-days")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "addWorkingDays", summary = "A date N working days later",
            description = "The date `days` working days after `date`, the date itself not counted (\"within 15 working days of issue\"); negative `days` go back.")
    @APIResponse(responseCode = "200", description = "The result")
    public WorkingDaysSum add(@Parameter(required = true, description = "Start date (yyyy-MM-dd)", example = "2026-01-20") @QueryParam("date") String date,
            @Parameter(required = true, description = "Working days, -1000 to 1000",
                    example = "15") @QueryParam("days") @NotNull @Min(-1000) @Max(1000) Integer days) {
        LocalDate d = parseQuery("date", date);
        WorkingCalendar cal = calendars.calendar();
        LocalDate result = cal.addWorkingDays(d, days);
        return new WorkingDaysSum(d, days, result, cal.missingYears(d, result), cal.provisionalYears(d, result));
    }

    @GET
    @Path("/count-working-days")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.LEADER, Roles.OFFICER, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "countWorkingDays", summary = "Working days between two dates",
            description = "Working days after `from` up to and including `to` (at most ten years apart).")
    @APIResponse(responseCode = "200", description = "The count")
    public WorkingDaysCount count(@Parameter(required = true, description = "From (yyyy-MM-dd)", example = "2026-02-13") @QueryParam("from") String from,
            @Parameter(required = true, description = "To (yyyy-MM-dd)", example = "2026-02-24") @QueryParam("to") String to) {
        LocalDate a = parseQuery("from", from);
        LocalDate b = parseQuery("to", to);
        if (Math.abs(b.toEpochDay() - a.toEpochDay()) > 3660) {
            throw ProblemException.invalidField("to", "calendar.span.too-long");
        }
        WorkingCalendar cal = calendars.calendar();
        return new WorkingDaysCount(a, b, cal.countWorkingDays(a, b), cal.missingYears(a, b), cal.provisionalYears(a, b));
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (RuntimeException e) {
            throw ProblemException.notFound("calendar-day", date);
        }
    }

    private static LocalDate parseQuery(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "calendar.date.required");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(field, "error.json.date", value);
        }
    }
}
