package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.campaignlab.engine.json.Json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A campaign's JSON file: the {@link Campaign} record with snake_case keys and days as {@code YYYY-MM-DD}, by the
 * project's mapper ({@link Json#snakeCaseIsoTimes()}). Reading is strict where the shared mapper is lenient: an
 * unknown or repeated field, a fraction where a whole number belongs or trailing content is refused, and every
 * problem names its field path ({@code offers[1].discount_menu[2]}).
 */
public final class CampaignJson {

    private static final ObjectReader READER = Json.snakeCaseIsoTimes().readerFor(Campaign.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectWriter WRITER = Json.snakeCaseIsoTimes().writerFor(Campaign.class)
            .withDefaultPrettyPrinter();

    private CampaignJson() {
    }

    /** The design as a campaign file, indented. */
    public static String write(Campaign campaign) {
        try {
            return WRITER.writeValueAsString(campaign);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the campaign '" + campaign.name() + "' as JSON: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a campaign file.
     *
     * @param what names the source in messages, e.g. {@code spring.json}
     * @throws CampaignFileException with every problem found, each naming its field
     */
    public static Campaign read(String json, String what) {
        Campaign campaign = parse(json, what);
        List<FieldProblem> problems = CampaignCheck.problems(campaign);
        if (!problems.isEmpty()) {
            throw new CampaignFileException(what, problems);
        }
        return campaign;
    }

    /**
     * Reads a stored design (checked when it was stored) without checking its values again, so that a rule
     * tightened later cannot make a frozen version unreadable.
     */
    public static Campaign readStored(String json, String what) {
        return parse(json, what);
    }

    /** Reads a campaign file without checking its values (only its shape). */
    static Campaign parse(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new CampaignFileException(what, List.of(new FieldProblem("", "the file is empty; a campaign"
                    + " file is one JSON object")));
        }
        try {
            Campaign campaign = READER.readValue(json);
            if (campaign == null) {
                throw new CampaignFileException(what, List.of(new FieldProblem("", "a campaign file is one JSON"
                        + " object, not null")));
            }
            return campaign;
        } catch (DatabindException e) {
            throw new CampaignFileException(what, List.of(problem((JsonMappingException) e)));
        } catch (StreamReadException e) {
            throw new CampaignFileException(what, List.of(syntax(e)));
        } catch (JsonProcessingException e) {
            throw new CampaignFileException(what, List.of(new FieldProblem("", e.getOriginalMessage())));
        }
    }

    private static FieldProblem syntax(StreamReadException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        String first = cut < 0 ? message : message.substring(0, cut);
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new FieldProblem("", "not valid JSON" + where + ": " + first);
    }

    private static FieldProblem problem(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : "; the fields here are " + u.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldProblem(path, "unknown field '" + u.getPropertyName() + "'" + known);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && !(t instanceof JsonProcessingException)) {
                return new FieldProblem(path, t.getMessage());
            }
        }
        if (e instanceof InvalidFormatException f) {
            return new FieldProblem(path, "expected " + FileTypes.describe(f.getTargetType()) + ", not "
                    + FileTypes.quote(f.getValue()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new FieldProblem(path, "expected " + FileTypes.describe(m.getTargetType()));
        }
        return new FieldProblem(path, e.getOriginalMessage());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
