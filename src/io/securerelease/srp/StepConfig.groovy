package io.securerelease.srp

import com.cloudbees.groovy.cps.NonCPS

/**
 * Checks a step's configuration before the step does anything: defaults merged first, then unknown keys
 * (with a "did you mean" suggestion), missing required keys and wrong types, each reported as one
 * message that starts with the step name. Pure functions: no step is called here, so @NonCPS is safe.
 */
class StepConfig implements Serializable {
    private static final long serialVersionUID = 1L

    /**
     * Returns [config: merged map, error: null] or [config: null, error: 'step: message'].
     * {@code types} maps an option to the class its value must have (String, Boolean, Integer, List, Map).
     */
    @NonCPS
    static Map check(String step, Map defaults, List required, Map types, Map given) {
        Map config = [:]
        config.putAll(defaults)
        if (given == null) {
            given = [:]
        }
        List known = new ArrayList(defaults.keySet())
        for (Object key : given.keySet()) {
            String name = String.valueOf(key)
            if (!known.contains(name)) {
                String near = suggest(name, known)
                String hint = near ? " (did you mean '${near}'?)" : " (known options: ${known.sort().join(', ')})"
                return [config: null, error: "${step}: unknown option '${oneLine(name)}'${hint}".toString()]
            }
            config[name] = given[key]
        }
        for (Object name : required) {
            Object value = config[name]
            if (value == null || (value instanceof CharSequence && value.toString().trim().isEmpty()) ||
                    (value instanceof Collection && value.isEmpty())) {
                return [config: null, error: "${step}: '${name}' is required".toString()]
            }
        }
        for (Object entry : types.entrySet()) {
            String name = entry.key
            Class type = entry.value
            Object value = config[name]
            if (value == null) {
                continue
            }
            if (type == String && value instanceof CharSequence) {
                config[name] = value.toString()
                continue
            }
            if (type == Integer && value instanceof Number) {
                continue
            }
            if (!type.isInstance(value)) {
                return [config: null, error: "${step}: '${name}' must be ${article(type)}, not ${article(value.getClass())}".toString()]
            }
            if (type == List) {
                for (Object item : (List) value) {
                    if (!(item instanceof CharSequence)) {
                        return [config: null, error: "${step}: '${name}' must be a list of strings".toString()]
                    }
                }
            }
            if (type == Map) {
                for (Object item : ((Map) value).entrySet()) {
                    if (!(item.key instanceof CharSequence) || item.value instanceof Closure) {
                        return [config: null, error: "${step}: '${name}' must map strings to plain values".toString()]
                    }
                }
            }
        }
        return [config: config, error: null]
    }

    /** Returns an error message when {@code value} is not one of {@code allowed}, else null. */
    @NonCPS
    static String oneOf(String step, String name, Object value, List allowed) {
        if (allowed.contains(value)) {
            return null
        }
        String near = value instanceof CharSequence ? suggest(value.toString(), allowed) : null
        String hint = near ? " (did you mean '${near}'?)" : ''
        return "${step}: '${name}' must be one of ${allowed.join(', ')}, not '${oneLine(String.valueOf(value))}'${hint}".toString()
    }

    /** The closest known name within an edit distance of 3 (or a third of the name), else null. */
    @NonCPS
    static String suggest(String name, List candidates) {
        String best = null
        int bestDistance = Integer.MAX_VALUE
        for (Object candidate : candidates) {
            int d = distance(name.toLowerCase(), candidate.toString().toLowerCase())
            if (d < bestDistance) {
                bestDistance = d
                best = candidate.toString()
            }
        }
        int limit = Math.max(2, Math.min(3, (int) (name.length() / 3)))
        return bestDistance <= limit ? best : null
    }

    /** Damerau-Levenshtein (optimal string alignment): 'polciy' is one transposition from 'policy'. */
    @NonCPS
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1]
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost)
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1)
                }
                d[i][j] = best
            }
        }
        return d[a.length()][b.length()]
    }

    /**
     * The temp dir of the workspace {@code workspace} (the build's WORKSPACE), beside it. Not pwd(tmp: true): Jenkins
     * makes that the current directory's sibling, so in dir('sub') it is sub@tmp, a directory of the checkout, where a
     * pull request can commit trivy's checks or links over the files the steps write there.
     */
    @NonCPS
    static String tempDir(String workspace) {
        return "${workspace}@tmp".toString()
    }

    /**
     * Whether the agent path {@code path} (absolute, or relative to {@code dir}) is {@code dir} or below it, by its
     * text: '.' and '..' are resolved, symbolic links are not (the controller cannot see the agent's files).
     */
    @NonCPS
    static boolean isInside(String path, String dir) {
        List<String> inner = normalPath(path.startsWith('/') ? path : "${dir}/${path}".toString())
        List<String> outer = normalPath(dir)
        return inner.size() >= outer.size() && inner.subList(0, outer.size()) == outer
    }

    @NonCPS
    private static List<String> normalPath(String path) {
        List<String> parts = []
        for (String part : path.split('/')) {
            if (part == '..') {
                if (parts) {
                    parts.remove(parts.size() - 1)
                }
            } else if (part && part != '.') {
                parts << part
            }
        }
        return parts
    }

    /** Keeps an echoed user value on one line and short (it may be hostile or huge). */
    @NonCPS
    static String oneLine(String text) {
        String flat = text.replaceAll('[\\r\\n\\t\\u0000-\\u001f\\u007f]+', ' ')
        return flat.length() > 80 ? flat.substring(0, 77) + '...' : flat
    }

    @NonCPS
    private static String article(Class type) {
        Map names = [(String): 'a string', (Boolean): 'a boolean', (Integer): 'a number', (List): 'a list',
                     (Map): 'a map']
        for (Object entry : names.entrySet()) {
            if (((Class) entry.key).isAssignableFrom(type)) {
                return entry.value
            }
        }
        return "a ${type.simpleName}"
    }
}
