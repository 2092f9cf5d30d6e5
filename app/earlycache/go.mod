module earlycache

go 1.26
