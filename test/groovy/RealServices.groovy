import groovy.json.JsonSlurper

import java.nio.file.Files
import java.nio.file.Path
import java.security.SecureRandom
import java.util.concurrent.TimeUnit

/**
 * The two services the gate notifies, run for real as child processes for the real-sh pipeline test: the
 * GitHub stand-in that checks every request against GitHub's OpenAPI description (the one scripts/demo runs,
 * scripts/demo.d/github-standin-runner.ts) and the release ledger (service/dist/server.js on its embedded
 * PGlite database). Loopback only, free ports, a fresh token per run; a service that does not come up in
 * time fails the test with its log.
 */
class RealServices {
    static final int LEDGER_READY_SECONDS = 90
    static final int STANDIN_READY_SECONDS = 60

    final Path repo
    final Path dir
    final Path node
    Process ledger
    Process standin
    Path standinBundle
    String ledgerUrl
    String standinUrl
    String standinControl

    RealServices(Path repo, Path dir, Path node) {
        this.repo = repo
        this.dir = dir
        this.node = node
        Files.createDirectories(dir)
    }

    /** A random token (hex), new for every run. */
    static String newToken(int bytes) {
        byte[] b = new byte[bytes]
        new SecureRandom().nextBytes(b)
        return b.encodeHex().toString()
    }

    static int freePort() {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())
        try {
            return s.localPort
        } finally {
            s.close()
        }
    }

    Path ledgerLog() { dir.resolve('ledger.log') }

    Path standinLog() { dir.resolve('github-standin.log') }

    /** Starts the ledger; call waitForLedger() before using ledgerUrl (it boots while the scanners run). */
    void startLedger(String token) {
        Path server = repo.resolve('service/dist/server.js')
        assert Files.exists(server): "${server} is missing: run scripts/setup (it builds every workspace)"
        int port = freePort()
        ledgerUrl = "http://127.0.0.1:${port}".toString()
        ProcessBuilder pb = new ProcessBuilder([node.toString(), server.toString()]).directory(dir.toFile())
        pb.environment().clear()
        pb.environment().putAll([PATH: "${node.parent}:/usr/bin:/bin".toString(), PORT: port.toString(), HOST: '127.0.0.1',
                                 SRP_DATA_DIR: dir.resolve('ledger-db').toString(), SRP_API_TOKEN: token, LOG_LEVEL: 'info'])
        pb.redirectErrorStream(true).redirectOutput(ledgerLog().toFile())
        ledger = pb.start()
    }

    void waitForLedger() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LEDGER_READY_SECONDS)
        while (System.nanoTime() < deadline) {
            if (!ledger.alive) {
                fail("the ledger service exited with ${ledger.exitValue()}", ledgerLog())
            }
            if (httpStatus("${ledgerUrl}/ready", null) == 200) {
                return
            }
            sleep(200)
        }
        fail("the ledger service was not ready at ${ledgerUrl}/ready within ${LEDGER_READY_SECONDS} s", ledgerLog())
    }

    /** Bundles and starts the stand-in for repo with these commits; returns once it listens. */
    void startStandin(String token, String slug, List<String> shas) {
        Path esbuild = repo.resolve('node_modules/.bin/esbuild')
        assert Files.isExecutable(esbuild): 'esbuild is missing (installed with tsup); fix: run scripts/setup'
        // Inside the repository, so the bundle's imports resolve from node_modules/.
        Files.createDirectories(repo.resolve('.srp-out'))
        standinBundle = Files.createTempFile(repo.resolve('.srp-out'), 'github-standin.', '.mjs')
        Map built = RealShellPipelineTests.run([esbuild.toString(), repo.resolve('scripts/demo.d/github-standin-runner.ts').toString(),
                                                '--bundle', '--platform=node', '--format=esm', '--packages=external', '--target=node20',
                                                '--log-level=warning', '--allow-overwrite', "--outfile=${standinBundle}".toString()],
                repo, [PATH: "${node.parent}:/usr/bin:/bin".toString()])
        assert built.status == 0: "could not bundle the GitHub stand-in: ${built.err}"
        Path ready = dir.resolve('github-standin.ready')
        Files.deleteIfExists(ready)
        List<String> command = [node.toString(), standinBundle.toString(), ready.toString(),
                                dir.resolve('github-standin-requests.json').toString(), slug]
        command.addAll(shas)
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile())
        pb.environment().clear()
        pb.environment().putAll([PATH: "${node.parent}:/usr/bin:/bin".toString(), STANDIN_TOKEN: token])
        pb.redirectErrorStream(true).redirectOutput(standinLog().toFile())
        standin = pb.start()
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STANDIN_READY_SECONDS)
        while (!(Files.exists(ready) && Files.size(ready) > 0)) {
            if (!standin.alive) {
                fail("the GitHub stand-in exited with ${standin.exitValue()}", standinLog())
            }
            if (System.nanoTime() > deadline) {
                fail("the GitHub stand-in did not start within ${STANDIN_READY_SECONDS} s", standinLog())
            }
            sleep(100)
        }
        Map urls = new JsonSlurper().parse(ready.toFile()) as Map
        standinUrl = urls.url
        standinControl = urls.control
    }

    /** What the stand-in recorded: GET /requests or /mismatches on its control server. */
    List standinRecord(String what) {
        return new JsonSlurper().parseText(get("${standinControl}/${what}", null)) as List
    }

    /** A GET on the ledger's API with its bearer token. */
    Map ledgerGet(String path, String token) {
        return new JsonSlurper().parseText(get("${ledgerUrl}${path}", "Bearer ${token}")) as Map
    }

    String logs() {
        return [ledgerLog(), standinLog()].findAll { Files.exists(it) }.collect { it.toFile().getText('UTF-8') }.join('\n')
    }

    /** Stops both (SIGTERM, then SIGKILL after 10 s) and removes the stand-in bundle. */
    void stop() {
        for (Process p : [standin, ledger]) {
            if (p != null && p.alive) {
                p.destroy()
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS)
                }
            }
        }
        if (standinBundle != null) {
            Files.deleteIfExists(standinBundle)
        }
    }

    static void fail(String message, Path log) {
        String text = Files.exists(log) ? log.toFile().getText('UTF-8') : '(no log)'
        // Assert.fail, not new AssertionError(GString): see StepTestBase.failingStep.
        org.junit.Assert.fail("${message}; its log (${log}):\n${text.length() > 4000 ? text[-4000..-1] : text}".toString())
    }

    static int httpStatus(String url, String authorization) {
        try {
            HttpURLConnection c = open(url, authorization)
            int status = c.responseCode
            c.disconnect()
            return status
        } catch (IOException ignored) {
            return -1
        }
    }

    static String get(String url, String authorization) {
        HttpURLConnection c = open(url, authorization)
        int status = c.responseCode
        assert status == 200: "GET ${url.replaceAll(/\?.*/, '')}: HTTP ${status}"
        String body = c.inputStream.getText('UTF-8')
        c.disconnect()
        return body
    }

    static HttpURLConnection open(String url, String authorization) {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection()
        c.connectTimeout = 2000
        c.readTimeout = 10000
        if (authorization) {
            c.setRequestProperty('Authorization', authorization)
        }
        return c
    }
}
