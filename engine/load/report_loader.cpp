#include "load/report_loader.h"
