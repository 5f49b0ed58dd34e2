package org.netagraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  private static Path write(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "text", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void sameFileNameInTwoFoldersGetsTwoIds(@TempDir Path dir) throws Exception {
    write(dir.resolve("archive/2019/jan/report.txt"));
    write(dir.resolve("archive/2020/feb/report.txt"));
    ArticleFiles.Found f = ArticleFiles.expand(List.of(dir.resolve("archive")));
    assertEquals(
        List.of("2019/jan/report", "2020/feb/report"),
        f.sources().stream().map(ArticleFiles.Source::id).toList());
    assertTrue(f.problems().isEmpty(), f.problems().toString());
  }

  @Test
  void idIsStableWhateverPathLeadsToTheFolder(@TempDir Path dir) throws Exception {
    write(dir.resolve("archive/2019/story.txt"));
    String viaRelative =
        ArticleFiles.expand(List.of(dir.resolve("archive/../archive"))).sources().get(0).id();
    String viaAbsolute =
        ArticleFiles.expand(List.of(dir.resolve("archive").toAbsolutePath())).sources().get(0).id();
    assertEquals("2019/story", viaAbsolute);
    assertEquals(viaAbsolute, viaRelative);
  }

  @Test
  void fileGivenDirectlyIsKnownByItsName(@TempDir Path dir) throws Exception {
    Path f = write(dir.resolve("x/y/story.TXT"));
    assertEquals("story", ArticleFiles.expand(List.of(f)).sources().get(0).id());
  }

  @Test
  void twoFoldersGivenTogetherWithOneRelativePathReportTheSecond(@TempDir Path dir)
      throws Exception {
    write(dir.resolve("a/report.txt"));
    write(dir.resolve("b/report.txt"));
    ArticleFiles.Found f = ArticleFiles.expand(List.of(dir.resolve("a"), dir.resolve("b")));
    assertEquals(1, f.sources().size());
    assertEquals(1, f.problems().size());
    ArticleFiles.Skipped s = f.problems().get(0);
    assertTrue(s.path().endsWith("report.txt") && s.path().contains("b"), s.path());
    assertTrue(s.problem().contains("'report' is already taken by"), s.problem());
  }

  @Test
  void theSameFileGivenTwiceIsReadOnce(@TempDir Path dir) throws Exception {
    Path f = write(dir.resolve("report.txt"));
    ArticleFiles.Found found = ArticleFiles.expand(List.of(f, dir));
    assertEquals(1, found.sources().size());
    assertTrue(found.problems().isEmpty(), found.problems().toString());
  }
}
