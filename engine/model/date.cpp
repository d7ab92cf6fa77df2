#include "model/date.h"
