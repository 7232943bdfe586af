package org.cnngrader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} answers gradients, losses and the layers of part two from the command line. */
class EvalGradientCommandTest {

    @Test
    void gradientsAndRefusalsOneLineEach(@TempDir Path directory) throws IOException {
        Path rubric = directory.resolve("given.yaml");
        Files.writeString(rubric, """
                title: Gradients
                given:
                  A: [[1, 3, 3, 0], [2, 3, 1, 1], [0, 0, 5, 5], [0, 0, 5, 5]]
                  z: [[1, 2, 3], [1, 0, -1]]
                  X: [[1, -2, 0], [0, 3, 1], [2, 2, -1]]
                  K: [[1, 0], [-1, 2]]
                questions: []
                """);
        EvalCommandTest.Run run = EvalCommandTest.run("eval", "--json", "--given", rubric.toString(),
                "vjp(maxpool2d(A, 2), A, [[1, 2], [3, 4]])",
                "grad(max(A), A)",
                "grad(sum(relu(X) + abs(X)), X)",
                "vjp(conv2d(X, K), X, [[1, 0], [0, 1]])",
                "round(grad(cross_entropy(z, [2, 0]), z), 4)",
                "upsample([[1, 2], [3, 4]], 2, mode=bilinear)",
                "grad(conv2d(X, K), X)",
                "grad(sum(X), K)");
        assertThat(run.out()).isEqualTo("""
                [[0,1,2,0],[0,0,0,0],[3,0,4,0],[0,0,0,0]]
                [[0,0,0,0],[0,0,0,0],[0,0,0.25,0.25],[0,0,0.25,0.25]]
                [[2,-1,0],[0,2,2],[2,2,-1]]
                [[1,0,0],[-1,3,0],[0,-1,2]]
                [[0.045,0.1224,-0.1674],[-0.1674,0.1224,0.045]]
                [[1,1.25,1.75,2],[1.5,1.75,2.25,2.5],[2.5,2.75,3.25,3.5],[3,3.25,3.75,4]]
                {"error":"column 6: grad needs a single number y, but conv2d(X, K) is a 2×2 matrix; backpropagate an upstream gradient with vjp(y, x, dy)"}
                {"error":"column 14: grad: K is not an input of sum(X); the gradient is taken with respect to a name the expression uses"}
                """);
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
