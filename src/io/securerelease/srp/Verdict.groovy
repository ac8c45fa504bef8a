package io.securerelease.srp

import com.cloudbees.groovy.cps.NonCPS

import groovy.json.JsonException
import groovy.json.JsonSlurperClassic

/**
 * Reads the engine's verdict JSON (docs/policy.md#verdict-json-contract) and words it for Jenkins.
 * Pure helpers: JsonSlurperClassic returns plain HashMaps, which survive a CPS checkpoint (LazyMap does not).
 */
class Verdict implements Serializable {
    private static final long serialVersionUID = 1L
    static final List SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown']

    /**
     * The verdict Map; IllegalArgumentException for anything else, invalid JSON included. The message never
     * quotes the text (the parser's own would), so no report content reaches a build log through it.
     */
    @NonCPS
    static Map parse(String json) {
        Object parsed = null
        try {
            parsed = json?.trim() ? new JsonSlurperClassic().parseText(json) : null
        } catch (JsonException notJson) {
            parsed = null // refused below, as any other text that is not a verdict
        }
        if (!(parsed instanceof Map) || !(parsed.passed instanceof Boolean)) {
            throw new IllegalArgumentException('the verdict is not a JSON object with a boolean "passed"')
        }
        return (Map) parsed
    }

    /**
     * One line: "BLOCKED: 3 critical, 2 secrets" or "PASSED: 4 medium below the threshold". Not escaped.
     * The verdict lists at most 10,000 blocking findings (blockingFindingsOmitted counts the others), so
     * the listed ones are told by severity and the rest, from the exact `blocking`, as "and N more".
     */
    @NonCPS
    static String describe(Map verdict) {
        if (verdict.passed) {
            List below = countsText((Map) verdict.counts)
            String rest = below ? below.join(', ') + ' below the threshold' : 'no findings'
            int suppressed = (verdict.suppressed ?: 0) as int
            return "PASSED: ${rest}${suppressed ? ", ${suppressed} suppressed" : ''}".toString()
        }
        Map bySeverity = [:]
        int secrets = 0
        List listed = (List) (verdict.blockingFindings ?: [])
        for (Object finding : listed) {
            if (finding.kind == 'secret') {
                secrets++
            } else {
                String sev = String.valueOf(finding.severity).toLowerCase()
                bySeverity[sev] = ((bySeverity[sev] ?: 0) as int) + 1
            }
        }
        List parts = countsText(bySeverity)
        if (secrets) {
            parts << "${secrets} secret${secrets == 1 ? '' : 's'}".toString()
        }
        if (!parts) {
            parts << "${verdict.blocking} blocking".toString()
        }
        int more = ((verdict.blocking ?: 0) as int) - listed.size()
        String rest = listed && more > 0 ? " and ${more} more" : ''
        return "BLOCKED: ${parts.join(', ')}${rest}".toString()
    }

    @NonCPS
    private static List countsText(Map counts) {
        List parts = []
        for (String sev : SEVERITIES) {
            int n = ((counts?.get(sev)) ?: 0) as int
            if (n > 0) {
                parts << "${n} ${sev}".toString()
            }
        }
        return parts
    }

    /** HTML-escapes text for the build description (Jenkins may render it as HTML) and keeps one line. */
    @NonCPS
    static String html(String text) {
        String flat = text.replaceAll('[\\r\\n\\u0000-\\u001f\\u007f\\u2028\\u2029]+', ' ').trim()
        StringBuilder out = new StringBuilder()
        for (char c : flat.toCharArray()) {
            switch (c) {
                case '&': out.append('&amp;'); break
                case '<': out.append('&lt;'); break
                case '>': out.append('&gt;'); break
                case '"': out.append('&quot;'); break
                case '\'': out.append('&#39;'); break
                default: out.append(c)
            }
        }
        return out.toString()
    }
}
