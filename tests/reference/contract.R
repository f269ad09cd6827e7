# End-to-end reference for issue 4: a wide file that no unit test uses, and R's numbers for every
# figure of the JSON contract that `impact report data.csv --id id --pre pre --post post
# --strategy strategy --teacher teacher --max-score 40 --proficient-at 28
# --reference "Business as usual" --format json` prints.
# Writes fixtures/contract/data.csv and tests/reference/contract.json.
# Run from the repository root: Rscript tests/reference/contract.R
suppressPackageStartupMessages({ library(effectsize); library(metafor); library(jsonlite) })
set.seed(90210)
classes <- data.frame(
  strategy = c("Retrieval practice", "Retrieval practice", "Retrieval practice", "Worked examples", "Worked examples", "Business as usual"),
  teacher = c("Achebe", "Brontë", "Calvino", "Dickens", "Eliot", "Fuentes"),
  gain = c(5, 3.5, 6.5, 2.5, 4, 1.5), n = c(14, 11, 17, 9, 21, 18)
)
rows <- list()
for (i in seq_len(nrow(classes))) {
  k <- classes[i, ]
  pre <- pmin(40, pmax(0, round(rnorm(k$n, 24, 7))))
  post <- pmin(40, pmax(0, round(pre + rnorm(k$n, k$gain, 4))))
  rows[[i]] <- data.frame(strategy = k$strategy, teacher = k$teacher, pre = pre, post = post)
}
d <- do.call(rbind, rows)
d$id <- sprintf("S%04d", seq_len(nrow(d)))
d <- d[, c("id", "teacher", "strategy", "pre", "post")]
write.csv(d, "fixtures/contract/data.csv", row.names = FALSE, fileEncoding = "UTF-8")

z <- qnorm(0.975)
J <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
exactNcp <- function(t, df, p) uniroot(function(ncp) pt(t, df, ncp) - p, c(t - 20 - abs(t), t + 20 + abs(t)), tol = 1e-14)$root
describe <- function(x) list(mean = mean(x), sd = sd(x), median = median(x), min = min(x), max = max(x))
group <- function(x, y) {
  n <- length(x); D <- y - x; r <- cor(x, y); m <- mean(D)
  s1 <- sd(x); s2 <- sd(y); sD <- sd(D)
  es <- function(d, se) list(value = d, se = se, ciLow = d - z * se, ciHigh = d + z * se, hedges = J(n - 1) * d)
  dav <- m / ((s1 + s2) / 2); drm <- m / (sD / sqrt(2 * (1 - r))); db <- m / s1; dz <- m / sD
  seDz <- sqrt(1 / n + dz^2 / (2 * n))
  tt <- t.test(y, x, paired = TRUE)
  w <- suppressWarnings(wilcox.test(y, x, paired = TRUE))
  nc <- ifelse(y > x, (y - x) / (40 - x), ifelse(y < x, (y - x) / x, 0))
  nc[(x == y) & (x == 0 | x == 40)] <- NA
  up <- sum(x < 28 & y >= 28); down <- sum(y < 28 & x >= 28)
  list(
    n = n, pre = describe(x), post = describe(y), gain = list(mean = m, sd = sD, median = median(D)), r = r,
    effectSizes = list(
      dav = es(dav, sqrt((1 / n + dav^2 / (2 * n)) * 2 * (1 - r))),
      drm = es(drm, sqrt((1 / n + drm^2 / (2 * n)) * 2 * (1 - r))),
      db = es(db, sqrt(2 * (1 - r) / n + db^2 / (2 * n))),
      dz = list(value = dz, se = seDz, ciLow = exactNcp(dz * sqrt(n), n - 1, 0.975) / sqrt(n),
                ciHigh = exactNcp(dz * sqrt(n), n - 1, 0.025) / sqrt(n), hedges = J(n - 1) * dz)
    ),
    tTest = list(t = unname(tt$statistic), df = unname(tt$parameter), p = tt$p.value, ciLow = tt$conf.int[1], ciHigh = tt$conf.int[2]),
    wilcoxon = list(v = unname(w$statistic), p = w$p.value),
    normalizedGain = list(class = (mean(y) - mean(x)) / (40 - mean(x)), studentMean = mean(nc, na.rm = TRUE)),
    proficiency = list(cutoff = 28, preRate = mean(x >= 28), postRate = mean(y >= 28), up = up, down = down,
                       mcnemarP = if (up + down == 0) 1 else binom.test(up, up + down, 0.5)$p.value)
  )
}

out <- list(strategies = list(), comparisons = list())
for (s in unique(d$strategy)) {
  g <- d[d$strategy == s, ]
  entry <- group(g$pre, g$post)
  teachers <- sort(unique(g$teacher))
  entry$teachers <- lapply(setNames(teachers, teachers), function(t) { h <- g[g$teacher == t, ]; group(h$pre, h$post) })
  if (length(teachers) >= 2) {
    yi <- sapply(entry$teachers, function(t) t$effectSizes$dav$value)
    vi <- sapply(entry$teachers, function(t) t$effectSizes$dav$se^2)
    fit <- rma(yi, vi, method = "REML"); pr <- predict(fit)
    entry$pooled <- list(k = fit$k, estimate = fit$b[[1]], se = fit$se, ciLow = fit$ci.lb, ciHigh = fit$ci.ub, tau2 = fit$tau2,
                         i2 = fit$I2 / 100, q = fit$QE, qp = fit$QEp, piLow = pr$pi.lb, piHigh = pr$pi.ub)
  } else entry$pooled <- NULL
  out$strategies[[s]] <- entry
}
ref <- d[d$strategy == "Business as usual", ]
for (s in setdiff(unique(d$strategy), "Business as usual")) {
  a <- d[d$strategy == s, ]
  gA <- a$post - a$pre; gB <- ref$post - ref$pre
  hg <- hedges_g(gA, gB); nA <- length(gA); nB <- length(gB); df <- nA + nB - 2
  tP <- t.test(gA, gB, var.equal = TRUE)$statistic[[1]]; conv <- sqrt(1 / nA + 1 / nB) * J(df)
  w <- t.test(gA, gB)
  both <- rbind(a, ref); both$group <- relevel(factor(both$strategy), ref = "Business as usual")
  fit <- lm(post ~ pre + group, data = both); co <- summary(fit)$coefficients[3, ]; ci <- confint(fit)[3, ]
  out$comparisons[[s]] <- list(
    gainDiff = mean(gA) - mean(gB),
    hedgesG = list(value = hg$Hedges_g, ciLow = exactNcp(tP, df, 0.975) * conv, ciHigh = exactNcp(tP, df, 0.025) * conv),
    welch = list(t = unname(w$statistic), df = unname(w$parameter), p = w$p.value),
    ancova = list(diff = co[[1]], se = co[[2]], ciLow = ci[[1]], ciHigh = ci[[2]], p = co[[4]])
  )
}
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE, null = "null"), "tests/reference/contract.json")
