# Independent reference numbers for the demo cycle (fixtures/demo), computed in R from the raw
# Canvas exports: drop the Points Possible and test-student rows, treat EX as missing, match on
# SIS User ID, then per strategy: descriptives, d_av with its 95% CI (STATISTICS.md) and
# t.test(post, pre, paired = TRUE).
# Run from the repository root: Rscript tests/reference/demo.R
library(jsonlite)

read_export <- function(path, column) {
  d <- read.csv(path, check.names = FALSE, colClasses = "character")
  d <- d[trimws(d$Student) != "Points Possible" & d$Student != "Student, Test", ]
  data.frame(id = d[["SIS User ID"]], strategy = d$Strategy, score = suppressWarnings(as.numeric(d[[column]])))
}
pre <- read_export("fixtures/demo/pre.csv", "Fractions Check: Pre (1021)")
post <- read_export("fixtures/demo/post.csv", "Fractions Check: Post (1187)")
m <- merge(pre, post, by = "id", suffixes = c(".pre", ".post"))
m <- m[!is.na(m$score.pre) & !is.na(m$score.post), ]

out <- list(matched = nrow(m), strategies = list())
for (s in sort(unique(m$strategy.pre))) {
  g <- m[m$strategy.pre == s, ]
  x <- g$score.pre; y <- g$score.post; n <- length(x); r <- cor(x, y)
  d <- mean(y - x) / ((sd(x) + sd(y)) / 2)
  se <- sqrt((1 / n + d^2 / (2 * n)) * 2 * (1 - r))
  tt <- t.test(y, x, paired = TRUE)
  out$strategies[[s]] <- list(
    n = n, preMean = mean(x), preSd = sd(x), postMean = mean(y), postSd = sd(y), gainMean = mean(y - x), r = r,
    dav = d, davSe = se, davCiLow = d - qnorm(0.975) * se, davCiHigh = d + qnorm(0.975) * se,
    t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value, ciLow = tt$conf.int[1], ciHigh = tt$conf.int[2]
  )
}
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "tests/reference/demo.json")
